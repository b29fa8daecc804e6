package uk.openband.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.Sex;

/** A child or young person with SEND at one setting. Names are kept exactly as typed. */
@Entity
@Table(name = "pupil")
public class Pupil {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String upn;

    @Column(name = "temporary_upn", nullable = false)
    private boolean temporaryUpn;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "preferred_name")
    private String preferredName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(nullable = false)
    private String ethnicity;

    @Column(name = "primary_need", nullable = false)
    private String primaryNeed;

    @Column(name = "secondary_need")
    private String secondaryNeed;

    @Enumerated(EnumType.STRING)
    @Column(name = "ehc_status", nullable = false)
    private EhcStatus ehcStatus;

    @Column(name = "ehc_status_date")
    private LocalDate ehcStatusDate;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Pupil() {
    }

    /** A new pupil from checked data with a normalised UPN. */
    public Pupil(String upn, boolean temporaryUpn, PupilData data, Instant now) {
        this.createdAt = now;
        apply(upn, temporaryUpn, data, now);
    }

    /** Replaces the record with checked data. */
    public void apply(String upn, boolean temporaryUpn, PupilData data, Instant now) {
        this.upn = upn;
        this.temporaryUpn = temporaryUpn;
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.preferredName = data.preferredName() == null || data.preferredName().isBlank() ? null : data.preferredName();
        this.dateOfBirth = data.dateOfBirth();
        this.sex = data.sex();
        this.ethnicity = data.ethnicity();
        this.primaryNeed = data.primaryNeed();
        this.secondaryNeed = data.secondaryNeed() == null || data.secondaryNeed().isBlank() ? null : data.secondaryNeed();
        this.ehcStatus = data.ehcStatus();
        this.ehcStatusDate = data.ehcStatus() == EhcStatus.NONE ? null : data.ehcStatusDate();
        this.settingId = data.settingId();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUpn() {
        return upn;
    }

    public boolean isTemporaryUpn() {
        return temporaryUpn;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public String getSecondaryNeed() {
        return secondaryNeed;
    }

    public EhcStatus getEhcStatus() {
        return ehcStatus;
    }

    public LocalDate getEhcStatusDate() {
        return ehcStatusDate;
    }

    public long getSettingId() {
        return settingId;
    }

    public long getVersion() {
        return version;
    }
}
