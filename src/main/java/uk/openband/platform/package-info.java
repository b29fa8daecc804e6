/** Shared plumbing every module may use: clock, layout, error pages, web configuration, the embedded database. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.openband.platform;
