#include "render/print/print_messages.h"

#include "util/file.h"
#include "util/hash.h"
#include "util/varint.h"

namespace renkei {

namespace {

constexpr std::string_view kMagic = "renkei-print-messages 1\n";
constexpr uint64_t kSeverities = 3;  // Severity's values

bool GetInt(std::string_view* in, int* v) {
  uint64_t u = 0;
  if (!GetVarint(in, &u) || u > 0x7fffffff) return false;
  *v = static_cast<int>(u);
  return true;
}

bool GetDiagnostic(std::string_view* in, Diagnostic* d) {
  uint64_t severity = 0;
  if (!GetVarint(in, &severity) || severity >= kSeverities) return false;
  d->severity = static_cast<Severity>(severity);
  return GetString(in, &d->where.path) && GetInt(in, &d->where.line) &&
         GetInt(in, &d->where.column) && GetString(in, &d->message);
}

}  // namespace

PrintMessages PrintMessages::Previous(const OutputTree& out) {
  PrintMessages previous;
  if (out.PreviousKey(kPrintMessagesPath) == 0) return previous;  // not a file of the last build
  std::string bytes;
  if (ReadFile(out.previous_dir() + "/" + kPrintMessagesPath, &bytes)) previous.Decode(bytes);
  return previous;
}

bool PrintMessages::Find(uint64_t key, std::vector<Diagnostic>* messages) const {
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return false;
  *messages = it->second;
  return true;
}

void PrintMessages::Add(uint64_t key, std::vector<Diagnostic> messages) {
  by_key_[key] = std::move(messages);
}

std::string PrintMessages::Encode() const {
  std::string out(kMagic);
  for (const auto& [key, messages] : by_key_) {
    PutVarint(key, &out);
    PutVarint(messages.size(), &out);
    for (const Diagnostic& d : messages) {
      PutVarint(static_cast<uint64_t>(d.severity), &out);
      PutString(d.where.path, &out);
      PutVarint(static_cast<uint64_t>(std::max(d.where.line, 0)), &out);
      PutVarint(static_cast<uint64_t>(std::max(d.where.column, 0)), &out);
      PutString(d.message, &out);
    }
  }
  return out;
}

bool PrintMessages::Decode(std::string_view in) {
  by_key_.clear();
  if (!in.starts_with(kMagic)) return false;
  in.remove_prefix(kMagic.size());
  std::map<uint64_t, std::vector<Diagnostic>> by_key;
  while (!in.empty()) {
    uint64_t key = 0, count = 0;
    if (!GetVarint(&in, &key) || !GetVarint(&in, &count) || count > in.size()) return false;
    std::vector<Diagnostic>& messages = by_key[key];
    messages.resize(count);
    for (Diagnostic& d : messages)
      if (!GetDiagnostic(&in, &d)) return false;
  }
  by_key_ = std::move(by_key);
  return true;
}

bool PrintMessages::Write(OutputTree& out) const {
  Hasher key;
  key.Add(kMagic);
  for (const auto& [file_key, messages] : by_key_) key.Add(file_key);
  return out.Reuse(kPrintMessagesPath, key.key()) ||
         out.Write(kPrintMessagesPath, Encode(), key.key());
}

}  // namespace renkei
