#include "clinic/csv.h"

namespace stillpoint::server {

namespace {

// A character-by-character reader over the CSV text that counts lines as it goes.
class CsvReader {
public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  std::vector<CsvRecord> records() {
    std::vector<CsvRecord> out;
    while (pos_ < text_.size()) {
      CsvRecord record{line_, read_record()};
      const bool blank = record.fields.size() == 1 && record.fields.front().empty();
      if (!blank) out.push_back(std::move(record));
    }
    return out;
  }

private:
  // Reads fields up to and including the end of the record's line.
  std::vector<std::string> read_record() {
    std::vector<std::string> fields;
    while (true) {
      fields.push_back(peek() == '"' ? read_quoted() : read_plain());
      if (pos_ >= text_.size()) return fields;
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      end_line();
      return fields;
    }
  }

  std::string read_plain() {
    std::string field;
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' &&
           text_[pos_] != '\r') {
      if (text_[pos_] == '"') throw CsvError(line_, "a quote inside an unquoted field");
      field.push_back(text_[pos_++]);
    }
    return field;
  }

  std::string read_quoted() {
    const int start_line = line_;
    ++pos_;  // the opening quote
    std::string field;
    while (true) {
      if (pos_ >= text_.size()) throw CsvError(start_line, "a quoted field is never closed");
      const char c = text_[pos_++];
      if (c == '"') {
        if (peek() != '"') break;
        ++pos_;  // "" is one quote
      }
      if (c == '\n') ++line_;
      field.push_back(c);
    }
    if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r')
      throw CsvError(line_, "text after a closing quote");
    return field;
  }

  // Consumes "\n" or "\r\n" (a lone "\r" too, as old spreadsheets write it).
  void end_line() {
    if (text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
  }

  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return CsvReader(text).records();
}

}  // namespace stillpoint::server
