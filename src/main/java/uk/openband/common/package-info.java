/**
 * The shared kernel: value types every module may use ({@link uk.openband.common.Money},
 * {@link uk.openband.common.SettingCategory}). Plain Java, no Spring, no JPA, no state.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.openband.common;
