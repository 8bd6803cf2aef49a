package vn.congdoan.sangkien.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * a grassroots union's commendation round, monthly or for an occasion: the union officer lists recognised
 * initiatives of the union for a certificate of commendation (Giấy khen) each; the head of the unit co-signs it
 * (or refuses, with a reason) before the awards are recorded.
 */
@Entity
@Table(name = "commendation_round")
public class CommendationRound {

	enum Status {
		AWAITING_HEAD, GRANTED, REFUSED
	}

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_code", nullable = false)
	private String unitCode;

	/** The first day of the round's month, for a monthly round. */
	private LocalDate month;

	private String occasion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "opened_by", nullable = false)
	private String openedBy;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "refusal_reason")
	private String refusalReason;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commendation_round_initiative", joinColumns = @JoinColumn(name = "round_id"))
	@Column(name = "initiative_id")
	private Set<Long> initiativeIds = new TreeSet<>();

	protected CommendationRound() {
	}

	CommendationRound(String unitCode, YearMonth month, String occasion, Set<Long> initiativeIds, String openedBy,
			Instant openedAt) {
		this.unitCode = unitCode;
		this.month = month == null ? null : month.atDay(1);
		this.occasion = occasion;
		this.initiativeIds = new TreeSet<>(initiativeIds);
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.status = Status.AWAITING_HEAD;
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The head of the unit agreed or refused (with the reason). */
	void decided(String head, Instant at, String refusalReason) {
		this.decidedBy = head;
		this.decidedAt = at;
		this.refusalReason = refusalReason;
	}

	void granted() {
		this.status = Status.GRANTED;
	}

	void refused() {
		this.status = Status.REFUSED;
	}

	/** As the programme names it: "Khen thưởng tháng 10/2022", or the occasion. */
	public String name() {
		return month == null ? occasion : "Khen thưởng tháng " + MONTH.format(month);
	}

	public Long getId() {
		return id;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public LocalDate getMonth() {
		return month;
	}

	public String getOccasion() {
		return occasion;
	}

	public Status getStatus() {
		return status;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getRefusalReason() {
		return refusalReason;
	}

	public Set<Long> getInitiativeIds() {
		return initiativeIds;
	}
}
