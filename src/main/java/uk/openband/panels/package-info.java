/** Panel meetings: members and quorum, the agenda of cases, recusals, moderated levels, decisions and minutes. */
package uk.openband.panels;
