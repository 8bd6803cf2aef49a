package vn.congdoan.sangkien.system;

/** One field of a request that is wrong: its path, a stable code, and the arguments of the code's message. */
public record FieldProblem(String field, String code, Object... arguments) {
}
