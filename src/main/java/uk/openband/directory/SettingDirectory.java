package uk.openband.directory;

import uk.openband.platform.Refused;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.directory.internal.Setting;
import uk.openband.directory.internal.SettingRepository;
import uk.openband.common.SettingCategory;

/** Manages the settings that educate children with SEND. */
@Service
@Transactional(readOnly = true)
public class SettingDirectory {

    private final SettingRepository settings;
    private final org.springframework.context.ApplicationEventPublisher events;
    /** The open settings, which every filter and form lists: read again on a change here, or after a minute. */
    private final uk.openband.platform.Recent<List<SettingSummary>> open;

    SettingDirectory(SettingRepository settings, org.springframework.context.ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
        this.open = new uk.openband.platform.Recent<>(java.time.Duration.ofMinutes(1),
                () -> settings.findByStatus("OPEN", Sort.by("name")).stream().map(SettingDirectory::summary).toList());
    }

    public Optional<SettingSummary> find(long id) {
        return settings.findById(id).map(SettingDirectory::summary);
    }

    public Optional<SettingSummary> findByUrn(String urn) {
        return settings.findByUrn(urn).map(SettingDirectory::summary);
    }

    /** Open settings by name, for choosing one in a form. */
    public List<SettingSummary> openSettings() {
        return open.get();
    }

    /** After a setting is added or changed: the open settings are read again. */
    void changed() {
        open.forget();
    }

    /** Settings whose name, URN, LAESTAB or postcode contains the text, by name; {@code page} counts from 1. */
    public org.springframework.data.domain.Page<SettingDetails> search(String text, int page) {
        String q = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        org.springframework.data.jpa.domain.Specification<Setting> spec = (root, query, cb) -> {
            if (q.isEmpty()) {
                return cb.conjunction();
            }
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return cb.or(cb.like(cb.lower(root.get("name")), like, '\\'), cb.equal(root.get("urn"), q),
                    cb.equal(root.get("laestab"), q), cb.like(cb.lower(root.get("postcode")), like, '\\'));
        };
        return settings.findAll(spec, org.springframework.data.domain.PageRequest.of(Math.max(page, 1) - 1, 25,
                Sort.by("name", "id"))).map(this::details);
    }

    public Optional<SettingDetails> details(long id) {
        return settings.findById(id).map(this::details);
    }

    /**
     * Sets a setting's category and host school. A host is required for a resourced provision
     * and must be another, mainstream setting; other categories have no host.
     */
    @Transactional
    public SettingDetails classify(long id, SettingCategory category, Long hostSettingId) {
        Setting setting = settings.findById(id).orElseThrow(() -> new IllegalArgumentException("No setting " + id));
        if (category == SettingCategory.RESOURCED_PROVISION) {
            Setting host = hostSettingId == null ? null : settings.findById(hostSettingId).orElse(null);
            if (host == null || host.getId().equals(setting.getId())) {
                throw new Refused("hostSettingId", "setting.host.required");
            }
            if (host.getCategory() != SettingCategory.MAINSTREAM) {
                throw new Refused("hostSettingId", "setting.host.mainstream");
            }
        }
        setting.classify(category, category == SettingCategory.RESOURCED_PROVISION ? hostSettingId : null);
        settings.flush();
        changed();
        events.publishEvent(new DirectoryEvent("SETTING_CLASSIFIED", DirectoryEvent.SETTING, Long.toString(id),
                setting.getHostSettingId() == null ? java.util.Map.of("category", category.name())
                        : java.util.Map.of("category", category.name(), "hostSettingId", setting.getHostSettingId())));
        return details(setting);
    }

    private SettingDetails details(Setting s) {
        String hostName = s.getHostSettingId() == null ? null
                : settings.findById(s.getHostSettingId()).map(Setting::getName).orElse(null);
        return new SettingDetails(s.getId(), s.getUrn(), s.getLaestab(), s.getName(), s.getTypeOfEstablishment(),
                s.getPhase(), s.isOpen(), s.getCategory(), s.getPostcode(), s.getHostSettingId(), hostName);
    }

    @Transactional
    public SettingSummary add(NewSetting setting) {
        changed();
        return summary(settings.save(new Setting(setting.urn(), setting.laestab(), setting.name(),
                setting.typeOfEstablishment(), setting.phase(), setting.category(), setting.postcode())));
    }

    static SettingSummary summary(Setting s) {
        return new SettingSummary(s.getId(), s.getUrn(), s.getLaestab(), s.getName(), s.getTypeOfEstablishment(),
                s.getPhase(), s.isOpen(), s.getCategory());
    }
}
