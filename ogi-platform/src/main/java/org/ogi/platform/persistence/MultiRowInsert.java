package org.ogi.platform.persistence;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts many rows of an entity with ONE HQL {@code insert ... values (...), (...)} statement. Hibernate sends an
 * entity with a database-generated id as one INSERT per row (identity ids cannot be batched); a group commit of n rows
 * would pay n round trips and n statement executions in PostgreSQL. HQL rather than native SQL: Hibernate caches an
 * HQL plan once per distinct text (one per row count), whereas every run of a native query adds a cache entry.
 *
 * @param <R> what a row is made from
 */
public final class MultiRowInsert<R> {

    private final String entity;
    private final List<String> attributes = new ArrayList<>();
    private final List<Function<R, Object>> values = new ArrayList<>();

    private MultiRowInsert(String entity) {
        this.entity = entity;
    }

    /** An insert into the entity of this HQL name; add its attributes with {@link #set}. */
    public static <R> MultiRowInsert<R> into(String entity) {
        return new MultiRowInsert<>(entity);
    }

    /** The attribute and how a row's value for it is read; attributes left out get their database default. */
    public MultiRowInsert<R> set(String attribute, Function<R, Object> value) {
        attributes.add(attribute);
        values.add(value);
        return this;
    }

    /** Inserts the rows in their order (identity values ascend with it); the session's transaction must be open. */
    public Uni<Integer> execute(Mutiny.Session session, List<? extends R> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        var query = session.createMutationQuery(hql(rows.size()));
        int position = 1;
        for (R row : rows) {
            for (Function<R, Object> value : values) {
                query.setParameter(position++, value.apply(row));
            }
        }
        return query.executeUpdate();
    }

    String hql(int rowCount) {
        StringBuilder hql = new StringBuilder("insert into ").append(entity).append(" (")
                .append(String.join(", ", attributes)).append(") values ");
        int position = 1;
        for (int row = 0; row < rowCount; row++) {
            hql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < attributes.size(); column++) {
                hql.append(column == 0 ? "?" : ", ?").append(position++);
            }
            hql.append(')');
        }
        return hql.toString();
    }
}
