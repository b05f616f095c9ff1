#include "gui/background_pool.hpp"

#include <QThreadPool>

namespace ruralatlas::gui {

QThreadPool* background_pool() {
  static QThreadPool pool;  // as many threads as cores, like the global pool
  return &pool;
}

}  // namespace ruralatlas::gui
