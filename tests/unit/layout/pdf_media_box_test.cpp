#include <gtest/gtest.h>

#include "layout/pdf_media_box.hpp"

using namespace ruralatlas::layout;

TEST(layout_pdf_media_box, ExactSizeSameLengthTopEdgeKept) {
  // A3 landscape: 420 × 297 mm = 1190.551181 × 841.889764 pt; Qt writes 1191 × 842.
  QByteArray pdf("1 0 obj\n<< /Type /Page /MediaBox [0 0 1191.000000 842.000000] >>\nendobj\n"
                 "2 0 obj\n<< /Type /Page /MediaBox [0 0 595.000000 842.000000] >>\nendobj\n");
  const auto size = pdf.size();
  const std::vector<QSizeF> sizes{{420 * 72 / 25.4, 297 * 72 / 25.4}, {210 * 72 / 25.4, 297 * 72 / 25.4}};
  EXPECT_EQ(fix_pdf_media_boxes(pdf, sizes), 2u);
  EXPECT_EQ(pdf.size(), size) << "no cross-reference offset moves";
  EXPECT_TRUE(pdf.contains("/MediaBox [0 0.110236 1190.551181 842]")) << pdf.toStdString();
  EXPECT_TRUE(pdf.contains("/MediaBox [0 0.110236 595.275591 842")) << pdf.toStdString();
}

TEST(layout_pdf_media_box, LeavesBoxesItDoesNotRecognise) {
  QByteArray pdf("<< /MediaBox [0 0 612 792] >> << /MediaBox [0 0 1191 842] >>");
  const QByteArray before = pdf;
  // Letter is not A4; and there is no size for the second page.
  EXPECT_EQ(fix_pdf_media_boxes(pdf, {QSizeF(595.28, 841.89)}), 0u);
  EXPECT_EQ(pdf, before);
  // A box too short to hold the exact numbers is left alone rather than corrupting the file.
  QByteArray tight("<< /MediaBox [0 0 1191 842] >>");
  EXPECT_EQ(fix_pdf_media_boxes(tight, {QSizeF(1190.551181, 841.889764)}), 0u);
}
