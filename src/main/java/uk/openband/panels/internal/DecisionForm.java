package uk.openband.panels.internal;

import java.util.ArrayList;
import java.util.List;

/** The panel's decision form; carries the agenda case's and the case's versions as the page showed them. */
public class DecisionForm {

    private long itemVersion;
    private long caseVersion;
    private String outcome;
    private String band;
    private String annualAmount;
    private String startPolicy;
    private String chosenStartDateDay;
    private String chosenStartDateMonth;
    private String chosenStartDateYear;
    private String endTerms;
    private String reviewDateDay;
    private String reviewDateMonth;
    private String reviewDateYear;
    private List<String> reasonCodes = new ArrayList<>();
    private String writtenReason;
    private String overrideReason;

    public String getChosenStartDate() { return null; }
    public String getReviewDate() { return null; }
    public long getItemVersion() { return itemVersion; }
    public void setItemVersion(long v) { itemVersion = v; }
    public long getCaseVersion() { return caseVersion; }
    public void setCaseVersion(long v) { caseVersion = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getBand() { return band; }
    public void setBand(String v) { band = v; }
    public String getAnnualAmount() { return annualAmount; }
    public void setAnnualAmount(String v) { annualAmount = v; }
    public String getStartPolicy() { return startPolicy; }
    public void setStartPolicy(String v) { startPolicy = v; }
    public String getChosenStartDateDay() { return chosenStartDateDay; }
    public void setChosenStartDateDay(String v) { chosenStartDateDay = v; }
    public String getChosenStartDateMonth() { return chosenStartDateMonth; }
    public void setChosenStartDateMonth(String v) { chosenStartDateMonth = v; }
    public String getChosenStartDateYear() { return chosenStartDateYear; }
    public void setChosenStartDateYear(String v) { chosenStartDateYear = v; }
    public String getEndTerms() { return endTerms; }
    public void setEndTerms(String v) { endTerms = v; }
    public String getReviewDateDay() { return reviewDateDay; }
    public void setReviewDateDay(String v) { reviewDateDay = v; }
    public String getReviewDateMonth() { return reviewDateMonth; }
    public void setReviewDateMonth(String v) { reviewDateMonth = v; }
    public String getReviewDateYear() { return reviewDateYear; }
    public void setReviewDateYear(String v) { reviewDateYear = v; }
    public List<String> getReasonCodes() { return reasonCodes; }
    public void setReasonCodes(List<String> v) { reasonCodes = v == null ? new ArrayList<>() : v; }
    public String getWrittenReason() { return writtenReason; }
    public void setWrittenReason(String v) { writtenReason = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
}
