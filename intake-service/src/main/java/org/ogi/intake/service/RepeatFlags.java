package org.ogi.intake.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ogi.intake.domain.RepeatRule;
import org.ogi.intake.domain.RequestFlag;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.persistence.RequestQueries;
import org.ogi.intake.persistence.RequestQueries.EarlierRequest;

/**
 * Flags possible repeat requests of a numbered batch of one agency: one look-up finds the earlier requests of all its
 * applicants, and a request also counts as earlier when it came before in the same batch.
 */
@ApplicationScoped
public class RepeatFlags {

    private final RequestQueries queries;
    private final Clock clock;

    RepeatFlags(RequestQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Sets {@code possibleRepeatOf} and the flag on each request; runs in the batch's transaction. */
    public Uni<Void> flag(String agency, List<InformationRequestEntity> batch) {
        LocalDate from = batch.stream()
                .map(this::registeredOn)
                .min(LocalDate::compareTo)
                .map(RepeatRule::windowStart)
                .orElseThrow();
        int cap = RequestQueries.REPEAT_CANDIDATES * batch.size();
        return queries.earlierOfApplicants(
                        agency, keys(batch, r -> r.identityKey), keys(batch, r -> r.namePhoneKey), from, cap + 1)
                // More than the cap: one applicant's many requests could crowd out another's, so ask per applicant.
                .chain(found -> found.size() <= cap ? Uni.createFrom().item(found) : eachApplicant(agency, batch, from))
                .invoke(found -> {
                    for (int i = 0; i < batch.size(); i++) {
                        apply(batch.get(i), earlierFor(batch, i, found));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<List<EarlierRequest>> eachApplicant(
            String agency, List<InformationRequestEntity> batch, LocalDate from) {
        Uni<List<EarlierRequest>> all = Uni.createFrom().item(List.of());
        for (InformationRequestEntity request : batch) {
            all = all.chain(found -> queries.earlierOfApplicants(
                            agency,
                            keys(List.of(request), r -> r.identityKey),
                            keys(List.of(request), r -> r.namePhoneKey),
                            from,
                            RequestQueries.REPEAT_CANDIDATES)
                    .map(more -> Stream.concat(found.stream(), more.stream())
                            .distinct()
                            .toList()));
        }
        return all;
    }

    private List<RepeatRule.Earlier> earlierFor(
            List<InformationRequestEntity> batch, int index, List<EarlierRequest> found) {
        InformationRequestEntity request = batch.get(index);
        Stream<RepeatRule.Earlier> stored = found.stream()
                .filter(e -> sameApplicant(request, e.identityKey(), e.namePhoneKey()))
                .limit(RequestQueries.REPEAT_CANDIDATES)
                .map(EarlierRequest::earlier);
        Stream<RepeatRule.Earlier> sameBatch = batch.subList(0, index).stream()
                .filter(b -> sameApplicant(request, b.identityKey, b.namePhoneKey))
                .map(b -> new RepeatRule.Earlier(b.trackingNumber, registeredOn(b), Registrations.requestText(b)));
        return Stream.concat(sameBatch, stored).toList();
    }

    private void apply(InformationRequestEntity request, List<RepeatRule.Earlier> earlier) {
        List<String> repeats =
                RepeatRule.possibleRepeats(Registrations.requestText(request), registeredOn(request), earlier);
        request.possibleRepeatOf = repeats.toArray(String[]::new);
        // A batch retried one by one flags again from scratch.
        List<String> flags = new ArrayList<>(List.of(request.flags));
        flags.remove(RequestFlag.POSSIBLE_REPEAT.name());
        if (!repeats.isEmpty()) {
            flags.add(RequestFlag.POSSIBLE_REPEAT.name());
        }
        request.flags = flags.toArray(String[]::new);
    }

    private LocalDate registeredOn(InformationRequestEntity request) {
        return request.registeredAt.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static boolean sameApplicant(InformationRequestEntity request, String identityKey, String namePhoneKey) {
        return (request.identityKey != null && request.identityKey.equals(identityKey))
                || (request.namePhoneKey != null && request.namePhoneKey.equals(namePhoneKey));
    }

    static Set<String> keys(List<InformationRequestEntity> batch, Function<InformationRequestEntity, String> key) {
        return batch.stream().map(key).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
