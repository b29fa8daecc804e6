package uk.openband.panels.internal;

/** Changing one domain's level at the panel. */
public class ModerationForm {

    private long itemVersion;
    private String domain;
    private String level;
    private String note;

    public long getItemVersion() { return itemVersion; }
    public void setItemVersion(long v) { itemVersion = v; }
    public String getDomain() { return domain; }
    public void setDomain(String v) { domain = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
