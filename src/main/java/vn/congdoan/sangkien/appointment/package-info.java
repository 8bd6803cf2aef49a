/**
 * Who holds which role in which unit: a union's officers appoint and remove its support team and
 * council, each level the officers of its direct sub-units; written to Keycloak, each change on the audit log.
 */
package vn.congdoan.sangkien.appointment;
