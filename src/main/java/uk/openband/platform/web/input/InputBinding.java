package uk.openband.platform.web.input;

import jakarta.servlet.ServletRequest;
import java.util.List;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.PropertyValue;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;
import uk.openband.platform.Refused;
import uk.openband.platform.Text;

/**
 * Binds a GOV.UK date input's boxes, posted as {@code <field>-day}, {@code <field>-month} and
 * {@code <field>-year} (the ids and names the date fragment writes), to a form object's {@link DateInput}
 * property {@code <field>} (as {@code <field>.day} and so on). Other parameters bind as usual. Every text
 * bound to a form object follows {@link Text}'s rule: one holding a control character is a field error
 * ({@value Text#CONTROL_CHARACTERS}) on that field, so the page comes back with the error summary, the inline
 * error and what was typed, and nothing is saved.
 * <p>
 * List indexes are bound safely for every form: a list grows to at most {@link #LIST_LIMIT} entries (a form may set
 * fewer in its {@code @InitBinder}), and a parameter whose index is beyond that, negative or not a number
 * ({@code lines[99999].supportType}) refuses the whole form (400, nothing saved) instead of failing.
 */
@Configuration(proxyBeanMethods = false)
class InputBinding {

    private static final List<String> PARTS = List.of("day", "month", "year");

    /** The most entries a bound list grows to unless a form sets fewer. */
    static final int LIST_LIMIT = 100;

    @Bean
    WebMvcRegistrations dateInputBinding() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(
                            List<InvocableHandlerMethod> binderMethods) {
                        return new Factory(binderMethods, getWebBindingInitializer());
                    }
                };
            }
        };
    }

    static final class Factory extends ServletRequestDataBinderFactory {

        Factory(List<InvocableHandlerMethod> binderMethods, WebBindingInitializer initializer) {
            super(binderMethods, initializer);
        }

        @Override
        protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                NativeWebRequest request) {
            return new DateInputBinder(target, objectName);
        }
    }

    /** Adds {@code field.day} for {@code field-day} when the target has a {@link DateInput} {@code field}. */
    static final class DateInputBinder extends ExtendedServletRequestDataBinder {

        DateInputBinder(Object target, String objectName) {
            super(target, objectName);
            setAutoGrowCollectionLimit(LIST_LIMIT);
        }

        /**
         * An index the form cannot hold (too big, negative, not a number): the form is refused, not a 500. Text
         * with a control character: an error on its field.
         */
        @Override
        protected void doBind(MutablePropertyValues values) {
            try {
                super.doBind(values);
            } catch (InvalidPropertyException e) {
                throw new Refused(e.getPropertyName(), "platform.refused.form");
            }
            if (getTarget() == null) {
                return;
            }
            for (PropertyValue value : values.getPropertyValues()) {
                if (hasControlCharacters(value.getValue()) && isAllowed(value.getName())
                        && getPropertyAccessor().isReadableProperty(value.getName())
                        && getBindingResult().getFieldErrorCount(value.getName()) == 0) {
                    getBindingResult().rejectValue(value.getName(), Text.CONTROL_CHARACTERS);
                }
            }
        }

        private static boolean hasControlCharacters(Object value) {
            if (value instanceof String text) {
                return Text.hasControlCharacters(text);
            }
            if (value instanceof String[] texts) {
                for (String text : texts) {
                    if (Text.hasControlCharacters(text)) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        protected void addBindValues(MutablePropertyValues values, ServletRequest request) {
            super.addBindValues(values, request);
            Object target = getTarget();
            if (target == null) {
                return;
            }
            BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(target);
            for (String name : request.getParameterMap().keySet()) {
                int dash = name.lastIndexOf('-');
                if (dash <= 0 || !PARTS.contains(name.substring(dash + 1))) {
                    continue;
                }
                String field = name.substring(0, dash);
                if (isDateInput(bean, field)) {
                    values.add(field + "." + name.substring(dash + 1), request.getParameter(name));
                }
            }
        }

        private static boolean isDateInput(BeanWrapper bean, String field) {
            try {
                return bean.isReadableProperty(field) && DateInput.class.equals(bean.getPropertyType(field));
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
