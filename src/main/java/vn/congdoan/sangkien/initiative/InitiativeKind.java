package vn.congdoan.sangkien.initiative;

/** The kinds of initiative of the programme. */
public enum InitiativeKind {
	/** a product or a process. */
	TECHNICAL_SOLUTION,
	/** organising work, directing, checking, supervising. */
	MANAGEMENT_SOLUTION,
	/** procedures, appraisal, inspection, communication, training. */
	OPERATIONAL_SOLUTION,
	/** applying or improving a technical solution. */
	TECHNICAL_PROGRESS_APPLICATION,
	/** better ways to organise union work. */
	TRADE_UNION_SOLUTION,
	/** Covid-19 prevention. */
	COVID_PREVENTION_SOLUTION,
	/** a provincial or ministerial research topic (R-2.3 applies). */
	RESEARCH_TOPIC
}
