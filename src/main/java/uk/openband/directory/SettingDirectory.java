package uk.openband.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.directory.internal.Setting;
import uk.openband.directory.internal.SettingRepository;

/** Manages the settings that educate children with SEND. */
@Service
@Transactional(readOnly = true)
public class SettingDirectory {

    private final SettingRepository settings;

    SettingDirectory(SettingRepository settings) {
        this.settings = settings;
    }

    public Optional<SettingSummary> find(long id) {
        return settings.findById(id).map(SettingDirectory::summary);
    }

    public Optional<SettingSummary> findByUrn(String urn) {
        return settings.findByUrn(urn).map(SettingDirectory::summary);
    }

    /** Open settings by name, for choosing one in a form. */
    public List<SettingSummary> openSettings() {
        return settings.findByStatus("OPEN", Sort.by("name")).stream().map(SettingDirectory::summary).toList();
    }

    @Transactional
    public SettingSummary add(NewSetting setting) {
        return summary(settings.save(new Setting(setting.urn(), setting.laestab(), setting.name(),
                setting.typeOfEstablishment(), setting.phase(), setting.category(), setting.postcode())));
    }

    static SettingSummary summary(Setting s) {
        return new SettingSummary(s.getId(), s.getUrn(), s.getLaestab(), s.getName(), s.getTypeOfEstablishment(),
                s.getPhase(), s.isOpen(), s.getCategory());
    }
}
