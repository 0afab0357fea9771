package org.genreworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: queued answers in, recorded messages out. Fails loudly on an unexpected question. */
public final class ScriptedDialogs implements Dialogs {
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    /** Why each file shown in the mapping step could not be read as it was ("null" when it could). */
    public final List<String> mappingProblems = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        questions.add(title);
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<String> extensions) {
        questions.add(title);
        List<Path> all = new ArrayList<>(filesToOpen);
        filesToOpen.clear();
        return all;
    }

    /** The file names save dialogs suggested, in order. */
    public final List<String> suggestedNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        questions.add(title);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    /** The folders save dialogs were asked to start in, in order. */
    public final List<Path> saveFolders = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToSave(String title, Path folder, String suggestedName, List<String> extensions) {
        saveFolders.add(folder);
        return chooseFileToSave(title, suggestedName, extensions);
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String workspaceName) {
        questions.add("unsaved changes in " + workspaceName);
        UnsavedChoice answer = unsavedAnswers.poll();
        if (answer == null) {
            throw new AssertionError("unexpected question about unsaved changes in " + workspaceName);
        }
        return answer;
    }

    /** The messages of the confirmations asked, in order. */
    public final List<String> confirmMessages = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title);
        confirmMessages.add(message);
        Boolean answer = confirmAnswers.poll();
        if (answer == null) {
            throw new AssertionError("unexpected confirmation: " + title);
        }
        return answer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        questions.add(title);
        return Optional.ofNullable(textAnswers.poll());
    }

    public final Deque<String> choices = new ArrayDeque<>();
    public final Deque<java.util.Map<String, org.genreworkbench.ingest.files.Field>> mappings = new ArrayDeque<>();
    public final List<List<org.genreworkbench.ingest.files.ColumnPreview>> previews = new ArrayList<>();

    @Override
    public Optional<java.util.Map<String, org.genreworkbench.ingest.files.Field>> mapColumns(String file, String problem,
            List<org.genreworkbench.ingest.files.ColumnPreview> columns) {
        questions.add("map the columns of " + file);
        mappingProblems.add(String.valueOf(problem));
        previews.add(columns);
        return Optional.ofNullable(mappings.poll());
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        questions.add(title);
        String answer = choices.poll();
        if (answer != null && !options.contains(answer)) {
            throw new AssertionError("'" + answer + "' is not among the options " + options);
        }
        return Optional.ofNullable(answer);
    }

    /** Recorded with the infos, as its text would be saved; answered from {@link #confirmAnswers}, else no. */
    @Override
    public boolean showImportReport(org.genreworkbench.ingest.files.ImportReport report) {
        infos.add("Import finished: " + String.join("\n", report.lines()));
        return Boolean.TRUE.equals(confirmAnswers.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }
}
