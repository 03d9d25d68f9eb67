package org.ogi.web.pages;

import io.quarkus.qute.TemplateData;
import java.util.function.Supplier;
import org.ogi.web.api.ApiProblem;

/**
 * A part of a page read from another service: shown when the service answers, left out with a note when it refuses
 * the viewer (403, 404) or is not there; the page itself still renders.
 */
@TemplateData
public record Sections<T>(T value, String note) {

    public static <T> Sections<T> read(Supplier<T> call) {
        try {
            return new Sections<>(call.get(), null);
        } catch (ApiProblem problem) {
            return refused(problem);
        } catch (jakarta.ws.rs.ProcessingException unreachable) {
            return unreachable();
        }
    }

    public static <T> Sections<T> refused(ApiProblem problem) {
        return new Sections<>(
                null,
                switch (problem.status()) {
                    case 403 -> "无权查看";
                    case 404 -> "暂无";
                    default -> "暂时无法读取（" + problem.status() + "）";
                });
    }

    public static <T> Sections<T> unreachable() {
        return new Sections<>(null, "服务暂不可用");
    }

    public boolean isPresent() {
        return value != null;
    }
}
