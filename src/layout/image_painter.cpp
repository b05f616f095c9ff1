#include "layout/image_painter.hpp"

#include <QImage>

#include "core/error.hpp"

namespace ruralatlas::layout {

void paint_image(QPainter& painter, const QRectF& box, const ImageItem& item) {
  const QImage image(QString::fromStdString(item.file.string()));
  if (image.isNull()) {
    core::Diagnostic d;
    d.file = item.file.string();
    d.message = "the layout's image cannot be read (not a PNG or JPEG file, or damaged)";
    d.hint = "save the logo as PNG or JPEG, or remove the image item";
    throw core::Error(core::ErrorKind::InputData, std::move(d));
  }
  QSizeF size = image.size();
  size.scale(box.size(), Qt::KeepAspectRatio);
  const QRectF target(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2, size.width(),
                      size.height());
  painter.save();
  painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
  painter.drawImage(target, image);
  painter.restore();
}

}  // namespace ruralatlas::layout
