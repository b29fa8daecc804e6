package uk.openband.panels.internal;

import java.util.ArrayList;
import java.util.List;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.ValidDate;

/** The form that plans a meeting. Whether a date is given at all is the meetings' rule. */
public class NewMeetingForm {

    @ValidDate(value = "panels.meetingDate", required = false)
    private DateInput date = new DateInput();
    private String chair;
    private List<String> members = new ArrayList<>();

    public DateInput getDate() { return date; }
    public void setDate(DateInput v) { date = v; }
    public String getChair() { return chair; }
    public void setChair(String v) { chair = v; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> v) { members = v == null ? new ArrayList<>() : v; }
}
