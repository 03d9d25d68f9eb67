package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ogi.web.api.ApiProblem;

/**
 * Every failure as a page in Chinese with its status, never a stack trace: what the services refused (another
 * agency's case is a 404 there), what the viewer's roles do not allow here, and a service that is down.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response refused(ApiProblem problem) {
        return switch (problem.status()) {
            case 401 -> page(401, "登录已过期", "请重新登录。");
            case 403 -> page(403, "无权访问", "您的角色或所在机关无权查看或办理此项。");
            case 404 -> page(404, "未找到", "没有找到该记录，或它不属于您所在的机关。");
            case 409 -> page(409, "操作冲突", "案件状态已变化，请刷新后重试。" + detail(problem));
            default -> {
                LOG.warnf("a service refused: %s", problem.getMessage());
                yield page(problem.status() >= 500 ? 502 : problem.status(), "操作未完成", detail(problem));
            }
        };
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "无权访问", "此页面不对您的角色开放。");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "未找到", "没有这个页面。");
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("a service is unreachable: %s", e.getMessage());
        return page(503, "服务暂不可用", "后台服务暂时无法访问，请稍后再试。");
    }

    private static String detail(ApiProblem problem) {
        return problem.detail() == null ? "" : problem.detail();
    }

    private Response page(int status, String title, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("status", status).data("title", title).data("message", message))
                .build();
    }
}
