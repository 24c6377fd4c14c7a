package no.styringskart.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/**
 * The Lucene analyzer of the search indexes, {@value #NAME}: it cuts text into the same words as
 * {@link no.styringskart.shared.Fold#words}, so stored text and the folded words of a query meet. Neo4j finds it
 * through {@code META-INF/services} when it runs in the app's JVM; an external server does not have it, and the
 * indexes fall back to Neo4j's {@code standard-folding} there ({@link no.styringskart.neo4j.GraphSchema}).
 */
public final class FoldingAnalyzerProvider extends AnalyzerProvider {

	public static final String NAME = "styringskart-folding";

	/** The letters {@code Fold} rewrites before it drops accents; both cases, since this runs before lower-casing. */
	private static final NormalizeCharMap NORWEGIAN_AND_OCR = norwegianAndOcr();

	public FoldingAnalyzerProvider() {
		super(NAME);
	}

	@Override
	public Analyzer createAnalyzer() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
				return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
			}

			@Override
			protected Reader initReader(String field, Reader reader) {
				return new MappingCharFilter(NORWEGIAN_AND_OCR, reader);
			}

			@Override
			protected Reader initReaderForNormalization(String field, Reader reader) {
				return new MappingCharFilter(NORWEGIAN_AND_OCR, reader);
			}

			@Override
			protected TokenStream normalize(String field, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}

		};
	}

	@Override
	public String description() {
		return "Styringskart's folding: lower case, æ→ae, ø/ö/@→o, å/ä→a, other accents dropped, split on anything but letters and digits";
	}

	private static NormalizeCharMap norwegianAndOcr() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		map.add("æ", "ae");
		map.add("Æ", "ae");
		map.add("ø", "o");
		map.add("Ø", "o");
		map.add("ö", "o");
		map.add("Ö", "o");
		map.add("@", "o");
		map.add("å", "a");
		map.add("Å", "a");
		map.add("ä", "a");
		map.add("Ä", "a");
		return map.build();
	}

}
