/** The programme's collective recognitions (R-7.1 - R-7.3), computed from the running totals; the reports of. */
package vn.congdoan.sangkien.reporting;
