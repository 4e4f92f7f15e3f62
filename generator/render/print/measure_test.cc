#include "render/print/measure.h"

#include <catch2/catch.hpp>

#include "render/print/data_uri.h"
#include "render/print/estimate.h"

namespace renkei {

TEST_CASE("the measuring script goes before </body>", "[print]") {
  const std::string html = WithMeasureScript("<html><body><p>x</p></body></html>");
  CHECK(html.find("<script>") < html.find("</body>"));
}

TEST_CASE("measurements are read from the dumped DOM, not from the script", "[print]") {
  std::vector<PanelOverflow> out;
  const std::string dom = WithMeasureScript("<body></body>") +
                          "<pre>RENKEI-MEASURE[1 inside-middle 12.5 0.0;0 cover 0.0 3.2]</pre>";
  REQUIRE(ParseMeasurement(dom, &out));
  REQUIRE(out.size() == 2);
  CHECK(out[0].sheet == 1);
  CHECK(out[0].panel == "inside-middle");
  CHECK(out[0].over_mm == Approx(12.5));
  CHECK(out[1].wide_mm == Approx(3.2));
  out.clear();
  CHECK(ParseMeasurement("<pre>RENKEI-MEASURE[]</pre>", &out));
  CHECK(out.empty());
  CHECK_FALSE(ParseMeasurement(WithMeasureScript("<body></body>"), &out));
}

TEST_CASE("height estimate grows with the text", "[print]") {
  CHECK(EstimateHtmlHeightMm("", 80, 12) == 0);
  const double one = EstimateHtmlHeightMm("<p>在宅医療</p>", 80, 12);
  CHECK(one == Approx(PtToMm(12) * 1.55 + 1.5));
  // 80 mm at 12 pt holds 18 full-width characters: 40 need 3 lines.
  std::string kanji;
  for (int i = 0; i < 40; ++i) kanji += "医";
  CHECK(EstimateHtmlHeightMm("<p>" + kanji + "</p>", 80, 12) ==
        Approx(3 * PtToMm(12) * 1.55 + 1.5));
  CHECK(EstimateHtmlHeightMm("<ul><li>a</li><li>b</li></ul>", 80, 12) == Approx(2 * one));
}

TEST_CASE("base64 and image types", "[print]") {
  CHECK(Base64("") == "");
  CHECK(Base64("f") == "Zg==");
  CHECK(Base64("fo") == "Zm8=");
  CHECK(Base64("foo") == "Zm9v");
  CHECK(Base64("foobar") == "Zm9vYmFy");
  CHECK(ImageMimeType("print/a.svg") == "image/svg+xml");
  CHECK(ImageMimeType("a.JPG").empty());
  CHECK(ImageMimeType("a.jpeg") == "image/jpeg");
}

}  // namespace renkei
