/**
 * The members who signed up on their own (issue 9, section 3): at their first sign-in each chooses their grassroots
 * union and target group and becomes an author there. A contributor picked on an initiative is one of them.
 */
package vn.congdoan.sangkien.membership;
