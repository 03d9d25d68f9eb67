package org.ogi.stack;

import java.util.List;
import java.util.Map;

/**
 * Which services run at a lower CPU priority ({@code nice 19}, the lowest): those that work through a backlog without
 * a deadline of their own. When the machine is saturated they would otherwise take a full share of the CPU away from
 * the path a reply deadline depends on (intake, case, deadline); they still get every cycle the others leave, and
 * catch up when the load falls. On Kubernetes the services' CPU requests and limits play this part.
 */
final class CpuPriority {

    /** Comma-separated service modules, or {@code none}; unset or blank: {@link #BACKLOG_WORKERS}. */
    static final String LOW_PRIORITY_SERVICES = "OGI_LOW_PRIORITY_SERVICES";

    /** The acknowledgement letters and notices, the annual report's read model, appeals' copies of the cases. */
    static final List<OgiService> BACKLOG_WORKERS =
            List.of(OgiService.NOTIFICATION, OgiService.REPORT, OgiService.APPEALS);

    private static final List<String> NICE = List.of("nice", "-n", "19");

    private CpuPriority() {}

    /** What a service's command starts with: {@code nice -n 19} for a low-priority service, else nothing. */
    static List<String> commandPrefix(OgiService service, Map<String, String> environment) {
        return lowPriority(environment).contains(service) ? NICE : List.of();
    }

    static List<OgiService> lowPriority(Map<String, String> environment) {
        return StackConfig.parseServices(environment.get(LOW_PRIORITY_SERVICES), BACKLOG_WORKERS);
    }
}
