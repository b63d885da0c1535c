package org.motcua.dossier.web;

import java.util.List;

/** One page of questions: a small group of the form's fields, or one of its sub-objects. */
record QuestionPage(String title, List<String> paths) {
}
