package uk.openband.panels.internal;

import java.util.ArrayList;
import java.util.List;
import uk.openband.platform.web.input.DateInput;

/** The panel's decision form; carries the agenda case's and the case's versions as the page showed them. */
public class DecisionForm {

    private long itemVersion;
    private long caseVersion;
    private String outcome;
    private String band;
    private String annualAmount;
    private String startPolicy;
    private DateInput chosenStartDate = new DateInput();
    private String endTerms;
    private DateInput reviewDate = new DateInput();
    private List<String> reasonCodes = new ArrayList<>();
    private String writtenReason;
    private String overrideReason;

    public DateInput getChosenStartDate() { return chosenStartDate; }
    public void setChosenStartDate(DateInput v) { chosenStartDate = v; }
    public DateInput getReviewDate() { return reviewDate; }
    public void setReviewDate(DateInput v) { reviewDate = v; }
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
    public String getEndTerms() { return endTerms; }
    public void setEndTerms(String v) { endTerms = v; }
    public List<String> getReasonCodes() { return reasonCodes; }
    public void setReasonCodes(List<String> v) { reasonCodes = v == null ? new ArrayList<>() : v; }
    public String getWrittenReason() { return writtenReason; }
    public void setWrittenReason(String v) { writtenReason = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
}
