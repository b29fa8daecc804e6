package uk.openband.identity.internal;

/** The "create an API token" form; {@link ApiTokens#create} checks it. */
public class TokenForm {

    static final java.util.List<String> FIELDS = java.util.List.of("name", "expiresInDays");

    private String name;

    private Integer expiresInDays;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
