package uk.openband.testsupport;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every request mapping of the application (pages, API, actuator, API docs) as {@link Endpoint}s, with a concrete
 * sample path for each pattern and the request parameters and JSON fields its handler declares. Used by the
 * access rules test and the abuse test.
 */
public final class RequestMappings {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?\\}");

    private RequestMappings() {
    }

    /**
     * One mapped pattern and method of a handler: its request parameters (from {@code @RequestParam} and the
     * properties of form objects) and, when it reads a JSON body, that body's fields.
     */
    public record Endpoint(RequestMethod method, String pattern, HandlerMethod handler, Set<String> parameters,
            Set<String> jsonFields, boolean readsBody) {

        /** The path variables of the pattern, in order. */
        public List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The pattern with the named variable replaced by {@code value} and the others by the sample value. */
        public String pathWith(String variable, String value) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(path, Matcher.quoteReplacement(m.group(1).equals(variable) ? value
                        : sampleValue(m.group(0))));
            }
            m.appendTail(path);
            return samplePath(path.toString());
        }

        /** The pattern with every variable (but those with literal alternatives) replaced by {@code value}. */
        public String pathWithAll(String value) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String sample = sampleValue(m.group(0));
                m.appendReplacement(path, Matcher.quoteReplacement(sample.equals("1") ? value : sample));
            }
            m.appendTail(path);
            return samplePath(path.toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** Every mapping, one endpoint per pattern and method (GET and POST when the mapping names no method). */
    public static List<Endpoint> endpoints(ApplicationContext context) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                Set<String> parameters = new LinkedHashSet<>();
                Set<String> jsonFields = new LinkedHashSet<>();
                boolean readsBody = false;
                for (MethodParameter p : entry.getValue().getMethodParameters()) {
                    readsBody |= p.hasParameterAnnotation(RequestBody.class);
                    describe(p, parameters, jsonFields);
                }
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
                            : methods) {
                        endpoints.add(new Endpoint(method, pattern, entry.getValue(), parameters, jsonFields, readsBody));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static void describe(MethodParameter p, Set<String> parameters, Set<String> jsonFields) {
        Parameter parameter = p.getParameter();
        Class<?> type = p.getParameterType();
        RequestParam requestParam = p.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
            parameters.add(name.isEmpty() ? parameter.getName() : name);
        } else if (p.hasParameterAnnotation(RequestBody.class)) {
            jsonFields.addAll(properties(type));
        } else if (p.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
            for (String property : properties(type)) {
                parameters.add(property);
                parameters.add(property + "-day");
                parameters.add(property + "-month");
                parameters.add(property + "-year");
            }
        }
    }

    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("uk.openband.") && !type.isEnum() && !type.isInterface()
                && !type.getSimpleName().equals("SignedInUser") && !BeanUtils.isSimpleProperty(type);
    }

    /** A record's components or a bean's writable properties. */
    private static List<String> properties(Class<?> type) {
        if (!type.getName().startsWith("uk.openband.")) {
            return List.of();
        }
        if (type.isRecord()) {
            List<String> names = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
            }
            return names;
        }
        List<String> names = new ArrayList<>();
        for (var d : BeanUtils.getPropertyDescriptors(type)) {
            if (d.getWriteMethod() != null) {
                names.add(d.getName());
            }
        }
        return names;
    }

    /**
     * One sample path per literal alternative of a variable such as {@code {kind:frameworks|banding-tables}}
     * (each must have its own rule), otherwise the single {@link #samplePath(String)}.
     */
    public static List<String> samplePaths(String pattern) {
        Matcher m = Pattern.compile("\\{\\w+:([\\w-]+(?:\\|[\\w-]+)+)\\}").matcher(pattern);
        if (!m.find()) {
            return List.of(samplePath(pattern));
        }
        List<String> paths = new ArrayList<>();
        for (String literal : m.group(1).split("\\|")) {
            paths.addAll(samplePaths(pattern.substring(0, m.start()) + literal + pattern.substring(m.end())));
        }
        return paths;
    }

    /** A concrete path a pattern matches: a variable becomes 1 (or its first literal alternative), ** and * a word. */
    public static String samplePath(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(sampleValue(m.group(0))));
        }
        m.appendTail(path);
        String result = path.toString().replace("/**", "/x").replace("*", "x");
        return result.isEmpty() ? "/" : result;
    }

    private static String sampleValue(String variable) {
        Matcher alternatives = Pattern.compile("\\{\\w+:([\\w-]+)(?:\\|[\\w-]+)+\\}").matcher(variable);
        return alternatives.matches() ? alternatives.group(1) : "1";
    }
}
