package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

@Entity
@Table(name = "request_attachment")
public class AttachmentEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long requestId;
    public String fileName;
    public String mediaType;
    public int sizeBytes;
    public String sha256;
    public byte[] content;
    public OffsetDateTime uploadedAt;
    public String uploadedBy;

    /** An attachment without its content, for listings. */
    public record Summary(
            Long id,
            String fileName,
            String mediaType,
            int sizeBytes,
            String sha256,
            OffsetDateTime uploadedAt,
            String uploadedBy) {}

    public static Uni<List<Summary>> summariesOf(Long requestId) {
        return find("requestId = ?1 order by id", requestId)
                .project(Summary.class)
                .list();
    }

    public static Uni<AttachmentEntity> findOf(Long requestId, Long id) {
        return find("requestId = ?1 and id = ?2", requestId, id).firstResult();
    }
}
