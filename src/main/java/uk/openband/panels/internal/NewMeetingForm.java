package uk.openband.panels.internal;

import java.util.ArrayList;
import java.util.List;

/** The form that plans a meeting. */
public class NewMeetingForm {

    private String dateDay;
    private String dateMonth;
    private String dateYear;
    private String chair;
    private List<String> members = new ArrayList<>();

    public String getDate() { return null; }
    public String getDateDay() { return dateDay; }
    public void setDateDay(String v) { dateDay = v; }
    public String getDateMonth() { return dateMonth; }
    public void setDateMonth(String v) { dateMonth = v; }
    public String getDateYear() { return dateYear; }
    public void setDateYear(String v) { dateYear = v; }
    public String getChair() { return chair; }
    public void setChair(String v) { chair = v; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> v) { members = v == null ? new ArrayList<>() : v; }
}
