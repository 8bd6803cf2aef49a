/** The programme's collective recognitions (R-7.1 - R-7.3), computed from the running totals. */
package vn.congdoan.sangkien.reporting;
