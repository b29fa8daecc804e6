package uk.openband.directory;

/** Where a pupil is with an education, health and care (EHC) plan. */
public enum EhcStatus { NONE, REQUESTED, IN_ASSESSMENT, PLAN_ISSUED }
