package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An imported table read from a CSV: quoted cells, Excel's separators, row numbers as Excel shows them")
class TableFileTest {

	@Test
	@DisplayName("quoted cells keep commas, quotes and line breaks; blank rows are left out; rows keep their numbers")
	void quotedCells() {
		List<TableFile.Row> rows = read("\uFEFFcode,name\nA,\"Công ty \"\"B\"\", Hà Nội\"\n\n,\nC,\"hai\ndòng\"\nD,x\n",
				StandardCharsets.UTF_8);

		assertThat(rows).extracting(TableFile.Row::number).containsExactly(2, 5, 7);
		assertThat(rows.get(0).cells()).containsExactly("A", "Công ty \"B\", Hà Nội");
		assertThat(rows.get(1).cells()).containsExactly("C", "hai\ndòng");
		assertThat(rows.get(2).cell(5)).as("a cell past the row's end is blank").isEmpty();
	}

	@Test
	@DisplayName("a CSV that Excel saved with semicolons is read by its semicolons")
	void semicolons() {
		assertThat(read("code;name\nA;Công đoàn, B\n", StandardCharsets.UTF_8).get(0).cells())
			.containsExactly("A", "Công đoàn, B");
	}

	@Test
	@DisplayName("a CSV not saved as UTF-8, a file without data rows and a file of another type are refused with their codes")
	void refused() {
		assertThatThrownBy(() -> read("code,name\nA,Công đoàn\n", Charset.forName("windows-1258")))
			.hasMessage("import.file.unreadable");
		assertThatThrownBy(() -> read("code,name\n", StandardCharsets.UTF_8)).hasMessage("import.file.empty");
		assertThatThrownBy(() -> TableFile.read("don-vi.pdf", new ByteArrayInputStream(new byte[0])))
			.hasMessage("import.file.type");
	}

	private static List<TableFile.Row> read(String csv, Charset charset) {
		return TableFile.read("bang.csv", new ByteArrayInputStream(csv.getBytes(charset)));
	}
}
