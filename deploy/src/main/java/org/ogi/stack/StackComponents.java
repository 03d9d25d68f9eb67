package org.ogi.stack;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The components of one stack, in start order: the infrastructure, then the services that use it. */
record StackComponents(List<Component> infrastructure, List<Component> services) {

    static StackComponents of(StackConfig config) {
        return new StackComponents(
                List.of(new PostgresComponent(config), new KafkaComponent(config), new KeycloakComponent(config)),
                config.services().stream()
                        .flatMap(service -> IntStream.rangeClosed(1, config.instances(service))
                                .mapToObj(instance -> (Component) new ServiceComponent(config, service, instance)))
                        .toList());
    }

    List<Component> all() {
        return Stream.concat(infrastructure.stream(), services.stream()).toList();
    }
}
