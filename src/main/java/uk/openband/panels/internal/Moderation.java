package uk.openband.panels.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A domain level the panel changed from the school's, with why and who. */
@Entity
@Table(name = "panel_moderation")
public class Moderation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agenda_item_id", nullable = false)
    private long agendaItemId;
    @Column(name = "domain_code", nullable = false)
    private String domainCode;
    @Column(name = "original_level", nullable = false)
    private int originalLevel;
    @Column(name = "moderated_level", nullable = false)
    private int moderatedLevel;
    @Column(nullable = false)
    private String note;
    @Column(name = "moderated_by", nullable = false)
    private String moderatedBy;
    @Column(name = "moderated_at", nullable = false)
    private Instant moderatedAt;

    protected Moderation() {
    }

    public Moderation(long agendaItemId, String domainCode, int originalLevel) {
        this.agendaItemId = agendaItemId;
        this.domainCode = domainCode;
        this.originalLevel = originalLevel;
    }

    public void change(int level, String note, String by, Instant at) {
        this.moderatedLevel = level;
        this.note = note;
        this.moderatedBy = by;
        this.moderatedAt = at;
    }

    public Long getId() { return id; }
    public long getAgendaItemId() { return agendaItemId; }
    public String getDomainCode() { return domainCode; }
    public int getOriginalLevel() { return originalLevel; }
    public int getModeratedLevel() { return moderatedLevel; }
    public String getNote() { return note; }
    public String getModeratedBy() { return moderatedBy; }
    public Instant getModeratedAt() { return moderatedAt; }
}
