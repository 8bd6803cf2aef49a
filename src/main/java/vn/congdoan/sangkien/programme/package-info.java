/** The programme's calendar and, later, its targets: data a programme office changes, not code. */
package vn.congdoan.sangkien.programme;
