#pragma once
// A histogram of a field's values with the class breaks drawn over it and each bar in the
// colour of its class: what a planner looks at while choosing a classification.
#include <QWidget>
#include <vector>

#include "style/classification_method.hpp"
#include "style/color.hpp"

namespace ruralatlas::gui {

class ValueHistogram : public QWidget {
  Q_OBJECT

 public:
  explicit ValueHistogram(QWidget* parent = nullptr);

  /// Values (finite), the classes made from them and a colour per class.
  void show_values(std::vector<double> values, style::Classification classes, std::vector<style::Color> colours);
  /// Bar heights: how many values fall in each of the equal-width bins.
  const std::vector<std::size_t>& bins() const { return m_bins; }
  QSize sizeHint() const override { return {420, 160}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  static constexpr int kBins = 40;
  std::vector<double> m_values;
  std::vector<std::size_t> m_bins;
  double m_min = 0, m_max = 0;
  style::Classification m_classes;
  std::vector<style::Color> m_colours;
};

}  // namespace ruralatlas::gui
