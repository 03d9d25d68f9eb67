package org.ogi.web.pages;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ogi.contracts.Roles;
import org.ogi.web.api.CaseApi;

/**
 * The case workflow's queues (case-service's WorkQueue, of the viewer's agency) as lists show them: each row with its
 * due date marked due soon or overdue, and the screen a row opens.
 */
@RequestScoped
public class WorkQueueViews {

    /**
     * A queue and who works it; {@code screen} is what a row opens after the case's address, e.g. the secrecy
     * review's own screen.
     */
    public record Queue(String path, String title, String role, String screen) {}

    static final Queue SECRECY_REVIEW =
            new Queue("awaiting-secrecy-review", "待保密审查", Roles.SECRECY_REVIEWER, "/secrecy-review");
    static final Queue APPROVAL = new Queue("awaiting-approval", "待审核", Roles.REVIEWER, "/approval");

    static final List<Queue> ALL = List.of(
            new Queue("awaiting-acceptance", "待受理", Roles.CASE_OFFICER, ""),
            new Queue("correction-running-out", "补正期限将届满", Roles.CASE_OFFICER, ""),
            new Queue("my-drafts", "我承办的案件", Roles.CASE_OFFICER, ""),
            SECRECY_REVIEW,
            APPROVAL,
            new Queue("awaiting-delivery", "待答复送达", Roles.CASE_OFFICER, ""));

    /** A queue as the page shows it: the rows with their marks, or why it could not be read. */
    @TemplateData
    public record QueueView(String title, String screen, List<Row> rows, long total, String note) {}

    @TemplateData
    public record Row(Map<String, Object> item, Urgency urgency) {}

    @Inject
    @RestClient
    CaseApi cases;

    @Inject
    Viewer viewer;

    @Inject
    WebConfig config;

    @Inject
    Clock clock;

    /** The queues the viewer works (the office head sees them all); a queue that cannot be read says why. */
    public List<QueueView> read(List<Queue> queues) {
        LocalDate today = LocalDate.now(clock);
        List<QueueView> shown = new ArrayList<>();
        for (Queue queue : queues) {
            if (!viewer.has(queue.role()) && !viewer.has(Roles.OGI_OFFICE_HEAD)) {
                continue;
            }
            Sections<Map<String, Object>> page = Sections.read(() -> cases.queue(queue.path(), 50));
            if (!page.isPresent()) {
                if (viewer.has(queue.role())) {
                    shown.add(new QueueView(queue.title(), queue.screen(), List.of(), 0, page.note()));
                }
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items =
                    (List<Map<String, Object>>) page.value().get("items");
            List<Row> rows = items.stream()
                    .map(item -> new Row(item, Urgency.of(date(item.get("dueDate")), today, config.dueSoonDays())))
                    .toList();
            shown.add(new QueueView(
                    queue.title(), queue.screen(), rows, ((Number) page.value().get("total")).longValue(), null));
        }
        return shown;
    }

    static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
