package uk.openband.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.ValidDate;

/** The details page: the declaration, the requested start date and up to five lines of costed provision. */
public class DetailsForm {

    static final int LINES = 5;

    private long version;
    private boolean consulted;
    @ValidDate(value = "assessment.start", required = false)
    private DateInput requestedStartDate = new DateInput();
    private List<Line> lines = new ArrayList<>();

    /** One line of costed provision as typed. */
    public static class Line {
        private String supportType;
        private String hours;
        private String cost;

        public Line() {
        }

        Line(String supportType, String hours, String cost) {
            this.supportType = supportType;
            this.hours = hours;
            this.cost = cost;
        }

        public String getSupportType() { return supportType; }
        public void setSupportType(String supportType) { this.supportType = supportType; }
        public String getHours() { return hours; }
        public void setHours(String hours) { this.hours = hours; }
        public String getCost() { return cost; }
        public void setCost(String cost) { this.cost = cost; }

        boolean isBlank() {
            return blank(supportType) && blank(hours) && blank(cost);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    void padLines() {
        while (lines.size() < LINES) {
            lines.add(new Line());
        }
    }

    public DateInput getRequestedStartDate() { return requestedStartDate; }
    public void setRequestedStartDate(DateInput requestedStartDate) { this.requestedStartDate = requestedStartDate; }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public boolean isConsulted() { return consulted; }
    public void setConsulted(boolean consulted) { this.consulted = consulted; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
