package vn.congdoan.sangkien.membership;

import java.time.Instant;

/** A member as they joined: their account, name, grassroots union and target group. */
public record Member(String username, String fullName, String unitCode, TargetGroup targetGroup, Instant joinedAt) {
}
