#include "layout/file_section_patcher.hpp"

#include <algorithm>

#include "core/error.hpp"

namespace ruralatlas::layout {

namespace {

constexpr qint64 kBlockBytes = 1 << 20;

[[noreturn]] void throw_internal(const std::string& message) {
  core::Diagnostic d;
  d.message = message;
  throw core::Error(core::ErrorKind::Internal, std::move(d));
}

/// The unread part of a file, a block at a time, with the file offset of the buffer's start.
class BlockReader {
 public:
  explicit BlockReader(QIODevice& file) : m_file(file) {}

  QByteArray& buffer() { return m_buffer; }
  qint64 offset() const { return m_offset; }

  /// Appends the next block; false at the end of the file.
  bool read_more() {
    m_file.seek(m_read_pos);
    const QByteArray block = m_file.read(kBlockBytes);
    m_read_pos += block.size();
    m_buffer += block;
    return !block.isEmpty();
  }

  /// Forgets the first `count` bytes of the buffer.
  void drop(qsizetype count) {
    m_buffer.remove(0, count);
    m_offset += count;
  }

  void write_back(qsizetype at, const QByteArray& bytes) {
    if (!m_file.seek(m_offset + at) || m_file.write(bytes) != bytes.size())
      throw_internal("patch_file_sections could not write back: " + m_file.errorString().toStdString());
    std::copy(bytes.begin(), bytes.end(), m_buffer.begin() + at);
  }

 private:
  QIODevice& m_file;
  QByteArray m_buffer;
  qint64 m_offset = 0;
  qint64 m_read_pos = 0;
};

/// The end of the section starting at `begin` (just past `end_key`), reading on as needed; -1 if none.
qsizetype section_end(BlockReader& reader, qsizetype begin, const QByteArray& end_key) {
  qsizetype search_from = begin;
  for (;;) {
    const qsizetype end = reader.buffer().indexOf(end_key, search_from);
    if (end >= 0) return end + end_key.size();
    search_from = std::max(begin, reader.buffer().size() - end_key.size() + 1);
    if (!reader.read_more()) return -1;
  }
}

}  // namespace

std::size_t patch_file_sections(QIODevice& file, const QByteArray& begin_key, const QByteArray& end_key,
                                const std::function<void(QByteArray& section, std::size_t index)>& patch) {
  BlockReader reader(file);
  std::size_t index = 0, changed = 0;
  reader.read_more();
  for (;;) {
    const qsizetype begin = reader.buffer().indexOf(begin_key);
    if (begin < 0) {
      // Keep a tail that could be the start of a key split across blocks.
      const qsizetype keep = std::min(reader.buffer().size(), begin_key.size() - 1);
      reader.drop(reader.buffer().size() - keep);
      if (!reader.read_more()) break;
      continue;
    }
    const qsizetype end = section_end(reader, begin + begin_key.size(), end_key);
    if (end < 0) break;
    const QByteArray original = reader.buffer().mid(begin, end - begin);
    QByteArray section = original;
    patch(section, index++);
    if (section.size() != original.size()) throw_internal("patch_file_sections: a patch changed a section's length");
    if (section != original) {
      reader.write_back(begin, section);
      ++changed;
    }
    reader.drop(end);
  }
  return changed;
}

}  // namespace ruralatlas::layout
