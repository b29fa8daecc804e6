package uk.openband.panels.internal;

/** The small forms of the meeting page; each carries the meeting version the page showed. */
public final class MeetingForms {

    private MeetingForms() {
    }

    public static class AgendaForm {
        private long version;
        private String caseReference;

        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
        public String getCaseReference() { return caseReference; }
        public void setCaseReference(String v) { caseReference = v; }
    }

    public static class LinkForm {
        private long version;
        private String member;
        private String settingUrn;

        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
        public String getMember() { return member; }
        public void setMember(String v) { member = v; }
        public String getSettingUrn() { return settingUrn; }
        public void setSettingUrn(String v) { settingUrn = v; }
    }
}
