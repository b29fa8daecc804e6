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
import uk.openband.common.SettingCategory;

@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String urn;

    private String laestab;

    @Column(nullable = false)
    private String name;

    @Column(name = "type_of_establishment")
    private String typeOfEstablishment;

    private String phase;

    @Column(nullable = false)
    private String status = "OPEN";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SettingCategory category;

    private String postcode;

    @Column(name = "host_setting_id")
    private Long hostSettingId;

    @Version
    private long version;

    protected Setting() {
    }

    public Setting(String urn, String laestab, String name, String typeOfEstablishment, String phase,
            SettingCategory category, String postcode) {
        this.urn = urn;
        this.laestab = laestab;
        this.name = name;
        this.typeOfEstablishment = typeOfEstablishment;
        this.phase = phase;
        this.category = category;
        this.postcode = postcode;
    }

    /** Applies a GIAS row; true when anything changed. A resourced provision keeps its category. */
    public boolean applyGias(String laestab, String name, String typeOfEstablishment, String phase, boolean open,
            SettingCategory mapped, String postcode) {
        SettingCategory newCategory = category == SettingCategory.RESOURCED_PROVISION ? category : mapped;
        String newStatus = open ? "OPEN" : "CLOSED";
        boolean changed = !java.util.Objects.equals(this.laestab, laestab) || !this.name.equals(name)
                || !java.util.Objects.equals(this.typeOfEstablishment, typeOfEstablishment)
                || !java.util.Objects.equals(this.phase, phase) || !this.status.equals(newStatus)
                || this.category != newCategory || !java.util.Objects.equals(this.postcode, postcode);
        this.laestab = laestab;
        this.name = name;
        this.typeOfEstablishment = typeOfEstablishment;
        this.phase = phase;
        this.status = newStatus;
        this.category = newCategory;
        this.postcode = postcode;
        return changed;
    }

    public void setStatusOpen(boolean open) {
        this.status = open ? "OPEN" : "CLOSED";
    }

    /** The administrator's choice of category and host school (for a resourced provision or unit). */
    public void classify(SettingCategory category, Long hostSettingId) {
        this.category = category;
        this.hostSettingId = hostSettingId;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getUrn() {
        return urn;
    }

    public String getLaestab() {
        return laestab;
    }

    public String getName() {
        return name;
    }

    public String getTypeOfEstablishment() {
        return typeOfEstablishment;
    }

    public String getPhase() {
        return phase;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public SettingCategory getCategory() {
        return category;
    }

    public String getPostcode() {
        return postcode;
    }

    public Long getHostSettingId() {
        return hostSettingId;
    }
}
