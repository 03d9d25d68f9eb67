package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogi.intake.service.RegistrationBatcher;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TrackingNumberConcurrencyTest {

    private static final int REGISTRATIONS = 200;

    @Inject
    RegistrationBatcher batcher;

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "CONC"))
    void concurrentRegistrationsGetDistinctConsecutiveNumbersInSharedTransactions() {
        long transactionsBefore = batcher.transactionsCommitted();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<String> numbers;
        try {
            List<CompletableFuture<String>> registrations = IntStream.range(0, REGISTRATIONS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> given().contentType(ContentType.JSON)
                                    .body(RequestRegistrationTest.IN_PERSON_REQUEST)
                                    .post("/api/requests")
                                    .then()
                                    .statusCode(201)
                                    .extract()
                                    .<String>path("trackingNumber"),
                            pool))
                    .toList();
            numbers = registrations.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }

        List<Long> sequences = numbers.stream()
                .map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(sequences).doesNotHaveDuplicates().hasSize(REGISTRATIONS);
        assertThat(sequences.get(REGISTRATIONS - 1) - sequences.get(0)).isEqualTo(REGISTRATIONS - 1);
        assertThat(numbers)
                .allMatch(n -> n.startsWith("CONC-" + TestRequests.today().getYear() + "-"));
        // Registrations that arrive while a batch is being written share the next transaction.
        assertThat(batcher.transactionsCommitted() - transactionsBefore).isLessThan(REGISTRATIONS);
    }
}
