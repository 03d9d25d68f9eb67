package org.ogi.platform.persistence;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Inserts many rows into a table with ONE {@code insert ... values (...), (...)} statement. Hibernate sends an
 * entity with a database-generated id as one INSERT per row (identity ids cannot be batched); a group commit of n rows
 * would pay n round trips and n statement executions in PostgreSQL. Native SQL rather than HQL: Hibernate caches no
 * plan for an HQL insert and translates it to SQL again on every run, which for a few hundred parameters cost more
 * than the inserts. (A native insert adds nothing to the plan cache, unlike a native select.)
 *
 * @param <R> what a row is made from
 */
public final class MultiRowInsert<R> {

    // PostgreSQL's wire protocol counts a statement's parameters in 16 bits.
    private static final int MAX_PARAMETERS = 32_767;

    private final String table;
    private final List<String> columns = new ArrayList<>();
    private final List<Function<R, Object>> values = new ArrayList<>();
    // One text per row count, kept so that Hibernate's look-ups by SQL text hash it once.
    private final Map<Integer, String> sqlByRowCount = new ConcurrentHashMap<>();

    private MultiRowInsert(String table) {
        this.table = table;
    }

    /** An insert into this table; add its columns with {@link #set}. */
    public static <R> MultiRowInsert<R> into(String table) {
        return new MultiRowInsert<>(table);
    }

    /** The column and how a row's value for it is read; columns left out get their database default. */
    public MultiRowInsert<R> set(String column, Function<R, Object> value) {
        columns.add(column);
        values.add(value);
        return this;
    }

    /** Inserts the rows in their order (identity values ascend with it); the session's transaction must be open. */
    public Uni<Integer> execute(Mutiny.Session session, List<? extends R> rows) {
        return inStatements(
                        rows,
                        part -> bind(session.createNativeQuery(sql(part.size())), part)
                                .executeUpdate())
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Inserts the rows, or where a row with the same {@code key} columns exists, sets its other columns to the new
     * values. No two of {@code rows} may have the same key: PostgreSQL updates a row once per statement.
     */
    public Uni<Integer> upsert(Mutiny.Session session, List<? extends R> rows, List<String> key) {
        String update = columns.stream()
                .filter(column -> !key.contains(column))
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        String conflict = " on conflict (" + String.join(", ", key) + ") do update set " + update;
        return inStatements(
                        rows,
                        part -> bind(session.createNativeQuery(sql(part.size()) + conflict), part)
                                .executeUpdate())
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Inserts the rows that conflict with no existing one ({@code on conflict do nothing}, so also the first of two
     * equal rows among {@code rows}) and returns the values of {@code returned} of those it inserted.
     */
    public <T> Uni<List<T>> insertNew(Mutiny.Session session, List<? extends R> rows, String returned, Class<T> type) {
        return inStatements(
                        rows,
                        part -> bind(
                                        session.createNativeQuery(
                                                sql(part.size()) + " on conflict do nothing returning " + returned,
                                                type),
                                        part)
                                .getResultList())
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    /** One statement per part of {@code rows} that fits the parameter limit, one after another in the session. */
    private <T> Uni<List<T>> inStatements(List<? extends R> rows, Function<List<? extends R>, Uni<T>> statement) {
        int maxRows = MAX_PARAMETERS / columns.size();
        Uni<List<T>> results = Uni.createFrom().item(new ArrayList<>());
        for (int from = 0; from < rows.size(); from += maxRows) {
            List<? extends R> part = rows.subList(from, Math.min(rows.size(), from + maxRows));
            results = results.chain(done -> statement.apply(part).map(result -> {
                done.add(result);
                return done;
            }));
        }
        return results;
    }

    private <Q extends Mutiny.AbstractQuery> Q bind(Q query, List<? extends R> rows) {
        int position = 1;
        for (R row : rows) {
            for (Function<R, Object> value : values) {
                Object bound = value.apply(row);
                // Enums are stored by name, as the entities' @Enumerated(STRING) columns are.
                query.setParameter(position++, bound instanceof Enum<?> e ? e.name() : bound);
            }
        }
        return query;
    }

    private String sql(int rowCount) {
        return sqlByRowCount.computeIfAbsent(rowCount, this::text);
    }

    private String text(int rowCount) {
        StringBuilder sql = new StringBuilder("insert into ")
                .append(table)
                .append(" (")
                .append(String.join(", ", columns))
                .append(") values ");
        int position = 1;
        for (int row = 0; row < rowCount; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < columns.size(); column++) {
                sql.append(column == 0 ? "?" : ", ?").append(position++);
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
