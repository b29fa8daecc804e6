/** Users, roles, the setting a SENCO may see, sign-in, lockout and the access rules of every page. */
package uk.openband.identity;
