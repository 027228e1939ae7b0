#!/usr/bin/env bash
# Smoke runs of every eval command on a small slice of its dev data (seconds each): each must print
# one JSON object holding the task name and the listed metrics.
set -euo pipefail
data=../shared/data

check() {
  local task=$1 path=$2 options=$3
  shift 3
  echo "-- eval $task"
  local out
  # shellcheck disable=SC2086
  out=$(./newsbrief eval "$task" --data "$path" $options --json 2>/dev/null)
  echo "$out"
  for key in "\"task\":\"$task\"" "$@"; do
    grep -q "$key" <<<"$out" || { echo "eval $task: missing $key" >&2; exit 1; }
  done
}

check summarize "$data/summarization/multinews_val_dev300.jsonl" "--set limit=20" \
  '"rouge1_f"' '"rouge2_f"' '"rougesu4_f"' '"rougel_f"' '"defect_any"' '"lead"' '"lexrank"' '"textrank"' '"centroid"'
check summarize "$data/summarization/multinews_val_dev300.jsonl" "--set limit=20 --set folds=2" \
  '"rouge1_f"' '"words"'
check summarize "$data/summarization/multinews_val_dev300.jsonl" \
  "--set limit=10 --set peers=false --set grid=0.7,0,0,2,0;0.4,1,0,0.45,0" \
  '"grid1"' '"paired_rouge1_diff"' '"paired_defect_any_diff"'
check figures "$data/clustering" "--set labels=docs/labels/figure-conflicts-dev.tsv" \
  '"stories_showing"' '"count"'
check timeline "$data/clustering" "--set limit=3" '"count"' '"stories"'
check time "$data/time/tempeval3" "--set limit=10" '"value_f1"' '"precision"' '"recall"' \
  '"rule_tense"'
echo "-- train time"
out=$(./newsbrief train time --data "$data/time/tempeval3" --set limit=20 \
  --set out="$(mktemp -d)" --json 2>/dev/null)
echo "$out"
grep -q '"cv_value_f1"' <<<"$out" || { echo "train time: missing cv_value_f1" >&2; exit 1; }
echo "-- train entities"
out=$(./newsbrief train entities --data "$data/clustering/ecbplus-stories" --set limit=5 \
  --set out="$(mktemp -d)" --json 2>/dev/null)
echo "$out"
grep -q '"cv_precision"' <<<"$out" || { echo "train entities: missing cv_precision" >&2; exit 1; }
echo "-- train cluster"
clusterOut=$(mktemp -d)
out=$(./newsbrief train cluster --data "$data/clustering/ecbplus-stories" --set limit=150 \
  --set folds=2 --set orders=1 --set train_orders=1 --set out="$clusterOut" --json 2>/dev/null)
echo "$out"
grep -q '"cv_bcubed_f1"' <<<"$out" || { echo "train cluster: missing cv_bcubed_f1" >&2; exit 1; }
[ -s "$clusterOut/pair-model.manifest.json" ] || { echo "train cluster: no manifest" >&2; exit 1; }
check quotes "$data/quotes/polnear" "--set limit=10" '"attribution_accuracy"' '"f1"' \
  '"indirect_source_accuracy"' '"nonquote_precision"' '"newsbrief-rules"'
check quotes "$data/quotes/polnear" "--set limit=10 --set folds=2" '"cv_attribution_accuracy"' \
  '"train_attribution_accuracy"' '"speaker_name_accuracy_gender_any"'
check quotes "$data/quotes/polnear" "--set limit=10 --set part=shown --set folds=2" \
  '"shown_speaker_accuracy"' '"shown_speaker_accuracy_before"' '"cv_shown_speaker_accuracy"'
check quotes "$data/quotes/polnear" "--set limit=10 --set part=relay" '"speaker_accuracy_relayed"' \
  '"count_relay_fired"'
echo "-- train quotes"
out=$(./newsbrief train quotes --data "$data/quotes/polnear" --set limit=15 --set dev=false \
  --set out="$(mktemp -d)" --json 2>/dev/null)
echo "$out"
grep -q '"cv_accuracy"' <<<"$out" || { echo "train quotes: missing cv_accuracy" >&2; exit 1; }
grep -q '"filter_cv_f1"' <<<"$out" || { echo "train quotes: missing filter_cv_f1" >&2; exit 1; }
out=$(./newsbrief train quotes --data "$data/quotes/polnear" --set limit=15 --set dev=false \
  --set drop=log_gap --set out="$(mktemp -d)" --json 2>/dev/null)
grep -q '"count_dropped_features":1.0' <<<"$out" || { echo "train quotes: drop ignored" >&2; exit 1; }
out=$(./newsbrief train quotes --data "$data/quotes/polnear" --set part=antecedents --set limit=15 \
  --set dev=false --set drop=sentence_lead --set out="$(mktemp -d)" --json 2>/dev/null)
grep -q '"antecedent_cv_accuracy"' <<<"$out" || { echo "train quotes: missing antecedent_cv_accuracy" >&2; exit 1; }
out=$(./newsbrief train quotes --data "$data/quotes/polnear" --set part=gender --set lines=200 \
  --set min=1 --set out="$(mktemp -d)" --json 2>/dev/null)
grep -q '"count_names_written"' <<<"$out" || { echo "train quotes: missing count_names_written" >&2; exit 1; }
check extract "$data/extraction" "--set limit=10" \
  '"f1"' '"pages_per_s"' '"boilerpipe_1.2.2"' '"readability4j_1.0.8"' '"mozilla_readability"' \
  '"trafilatura_published"'
check cluster "$data/clustering" "--set limit=150 --set orders=2" '"bcubed_f1"' '"pairwise_f1"' \
  '"carrot2_kmeans_told_k"' '"carrot2_lingo"' '"carrot2_stc"'
check cluster "$data/clustering" "--set limit=200 --set orders=1 --set folds=2" '"cv_bcubed_f1"' \
  '"baseline_bcubed_f1"' '"clusters_cv"' '"fold_0_regroup"'
check cluster "$data/clustering" "--set limit=150 --set orders=1 --set nested=3 --set inner=2 --set peers=false" \
  '"hand_bcubed_f1"' '"fitted_bcubed_f1"' '"odds_bcubed_f1"' '"fold_0_hand_group"'
check cluster "$data/clustering" "--set limit=150 --set orders=1 --set nested=3 --set inner=2 --set peers=false --set fold_seed=2" \
  '"flat_bcubed_f1"' '"fold_0_flat_group"'
check cluster "$data/clustering" "--set limit=150 --set orders=1 --set sweep=2" '"sweep_shipped"' \
  '"sweep_threshold_0.060"' '"sweep_name_0.400"'
check cluster "$data/clustering" "--set limit=150 --set orders=1 --set nested=3 --set inner=2 --set peers=false --set extra=$data/contradiction/fnc1 --set extra_limit=20" \
  '"odds_bcubed_f1"'
check cluster "$data/clustering" "--set limit=120 --set alone=true" '"stories_alone_briefings"' \
  '"alone_one_share"' '"pair_bcubed_f1"'
check cluster "$data/summarization/multinews_val_dev300.jsonl" "--set limit=20 --set orders=1" \
  '"bcubed_f1"' '"carrot2_kmeans_told_k"'
check cluster "$data/summarization/multinews_val_dev300.jsonl" "--set bench=1500" \
  '"articles_per_s_1k"' '"heap_mb_1k"' '"articles_per_s_1500"' '"finish_ms"'
check dedup "$data/clustering" "" '"precision"' '"recall"' '"exhaustive_exact_jaccard"' '"same_text_only"'
check conflicts "$data/contradiction" "--set limit=3000" \
  '"precision"' '"recall"' '"f1"' '"detector_any_sentence"' '"stance_model_body"'
check stance "$data/contradiction/fnc1" "--set limit=2000 --set rounds=20" \
  '"relative_score"' '"macro_f1"' '"disagree_f1"' '"accuracy"' '"majority_unrelated"' '"fnc1_baseline"'
check entities "$data/coref/ecbplus" "--set limit=1" \
  '"conll_f1"' '"muc_f1"' '"bcubed_f1"' '"ceafe_f1"' '"mention_recall"'
ner_tmp=$(mktemp -d)
head -n 400 "$data/ner/conll2003/dev.txt" >"$ner_tmp/dev.txt"
head -n 400 "$data/ner/conll2003/train.txt" >"$ner_tmp/train.txt"
check ner "$ner_tmp/dev.txt" "" '"f1"' '"f1_PER"' '"f1_ORG"' '"f1_LOC"' '"f1_MISC"' '"f1_lower"' \
  '"rule_names"'
echo "-- train ner"
out=$(./newsbrief train ner --data "$ner_tmp" --set epochs=1 --set out="$ner_tmp/model" \
  --set clusters=newsbrief-core/src/main/resources/org/newsbrief/analyze/entity/ner-clusters.tsv.gz \
  --json 2>/dev/null)
echo "$out"
for key in '"f1"' '"f1_lower"' '"train_s"'; do
  grep -q "$key" <<<"$out" || { echo "train ner: missing $key" >&2; exit 1; }
done
test -s "$ner_tmp/model/ner-model.bin.gz" && test -s "$ner_tmp/model/ner-model.json" && test -s "$ner_tmp/model/ner-names.bin.gz"
rm -rf "$ner_tmp"
check metadata "$data/extraction" "" '"byline_found"' '"date_found"' '"url_matches"' '"readability4j_1.0.8"'

echo "-- train summarize"
trained=$(mktemp -d)
out=$(./newsbrief train summarize --data "$data/summarization/multinews_train.jsonl.gz" \
  --set limit=200 --set dev_limit=10 --set mix=0,1 --set out="$trained" --json 2>/dev/null)
echo "$out"
for key in '"task":"summarize"' '"rouge1_f"' '"train_s"' '"model_mb"' '"lead"' '"textrank"'; do
  grep -q "$key" <<<"$out" || { echo "train summarize: missing $key" >&2; exit 1; }
done
for file in coverage-model.txt coverage-priors.tsv.gz coverage-model.json sentence-model.txt \
  sentence-model.json; do
  [ -s "$trained/$file" ] || { echo "train summarize: no $file" >&2; exit 1; }
done
./newsbrief eval summarize --data "$data/summarization/multinews_val_dev300.jsonl" \
  --set limit=10 --set model="$trained" --set peers=false --json 2>/dev/null | grep -q '"defect_any"' \
  || { echo "eval summarize --set model: no defect_any" >&2; exit 1; }
./newsbrief train summarize --data "$data/summarization/multinews_train.jsonl.gz" --set stage=furniture \
  --set limit=100 --set dev_limit=5 --set min_stories=5 --set out="$trained" --json 2>/dev/null \
  | grep -q '"defect_furniture"' || { echo "train summarize stage=furniture: no defect_furniture" >&2; exit 1; }
[ -s "$trained/furniture.json" ] || { echo "train summarize: no furniture.json" >&2; exit 1; }
./newsbrief train summarize --data "$data/summarization/multinews_train.jsonl.gz" --set stage=glued \
  --set limit=100 --set dev_limit=5 --set min_stories=5 --set out="$trained" --json 2>/dev/null \
  | grep -q '"defect_furniture"' || { echo "train summarize stage=glued: no defect_furniture" >&2; exit 1; }
[ -s "$trained/glued-furniture.json" ] || { echo "train summarize: no glued-furniture.json" >&2; exit 1; }
./newsbrief train summarize --data "$data/summarization/multinews_train.jsonl.gz" --set stage=glued_gate \
  --set limit=300 --set min_stories=5 --set out="$trained" --json 2>/dev/null \
  | grep -q '"gate_cv_auc"' || { echo "train summarize stage=glued_gate: no gate_cv_auc" >&2; exit 1; }
grep -q '^gate' "$trained/glued-furniture.tsv" || { echo "train summarize glued_gate: no gate" >&2; exit 1; }
./newsbrief train summarize --data "$data/summarization/multinews_train.jsonl.gz" --set stage=form \
  --set limit=500 --set form_every=5 --set min_stories=2 --set heldout=3 --set drop=0.02 \
  --set out="$trained" --json 2>/dev/null | grep -q '"heldout_auc"' \
  || { echo "train summarize stage=form: no heldout_auc" >&2; exit 1; }
[ -s "$trained/form-model.json" ] || { echo "train summarize: no form-model.json" >&2; exit 1; }
./newsbrief train summarize --data "$data/summarization/multinews_train.jsonl.gz" --set stage=vectors \
  --set vocab=40 --set dims=8 --set out="$trained" --json 2>/dev/null | grep -q '"count_words"' \
  || { echo "train summarize stage=vectors: no count_words" >&2; exit 1; }
[ -s "$trained/word-vectors.bin.gz" ] || { echo "train summarize: no word-vectors.bin.gz" >&2; exit 1; }
./newsbrief eval summarize --data "$data/summarization/multinews_val_dev300.jsonl" \
  --set limit=14 --set peers=false \
  --set support=docs/labels/summary-support-dev.tsv,docs/labels/summary-support-ecb-dev.tsv \
  --set support_ecb="$data/clustering/ecbplus-stories" --set support_vectors="$trained/word-vectors.bin.gz" \
  --set support_cos=0.6 --set support_floor=0.05 --json 2>/dev/null | grep -q '"support_recall_c60_f05"' \
  || { echo "eval summarize --set support: no support_recall_c60_f05" >&2; exit 1; }
rm -rf "$trained"
check webpages "$data/extraction/web-eval" "--set limit=15" \
  '"f1"' '"date_accuracy"' '"byline_accuracy"' '"language_accuracy"' \
  '"trafilatura_2.2.0_published"' '"htmldate_1.10.0_extensive_published"'
for task in blocks bylines; do
  echo "-- train $task"
  trained=$(mktemp -d)
  where="$data/extraction"
  [ "$task" = bylines ] && where="$data/extraction/web-eval"
  out=$(./newsbrief train "$task" --data "$where" --set limit=20 --set out="$trained" --json \
    2>/dev/null)
  echo "$out"
  grep -q '"cv_' <<<"$out" || { echo "train $task: no cv_ figures" >&2; exit 1; }
  [ -s "$trained/$(ls "$trained" | grep -m1 'model.txt$')" ] \
    || { echo "train $task: no model" >&2; exit 1; }
  rm -rf "$trained"
done
echo "-- train dates"
out=$(./newsbrief train dates --data "$data/extraction/web-eval" --set limit=20 --set shown=gate --json 2>/dev/null)
echo "$out"
grep -q '"cv_accuracy"' <<<"$out" && grep -q '"rules_accuracy"' <<<"$out" \
  || { echo "train dates: no cv/rules figures" >&2; exit 1; }
echo "-- extract"
page=$(mktemp -d)
tar -xJf "$data/extraction/web-eval/pages.tar.xz" -C "$page" pages/b8dd069cd9ef0566.html
./newsbrief extract --format json "$page/pages/b8dd069cd9ef0566.html" | grep -q '"paragraphs"' \
  || { echo "extract: no paragraphs" >&2; exit 1; }
rm -rf "$page"
