// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git history of a file, read with JGit: the commits that changed it, and its content at one of them. The
 * workspace project may be in any git repository.
 */
final class GitHistory implements AutoCloseable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    /**
     * A commit that changed the file.
     *
     * @param id the commit's id
     * @param label its short id, date, author and subject
     */
    record Revision(ObjectId id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Repository repository;
    private final String path;

    private GitHistory(Repository repository, String path) {
        this.repository = repository;
        this.path = path;
    }

    /**
     * @param file a file on disk
     * @return its history, or {@code null} if it is in no git repository
     * @throws IOException if the repository cannot be read
     */
    static GitHistory of(File file) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(file.getParentFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        Repository repository = builder.setMustExist(true).build();
        Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        Path absolute = file.toPath().toAbsolutePath().normalize();
        if (!absolute.startsWith(top)) {
            repository.close();
            return null;
        }
        return new GitHistory(repository, top.relativize(absolute).toString().replace('\\', '/'));
    }

    /**
     * @return the commits that changed the file, newest first
     * @throws IOException if the history cannot be read
     */
    List<Revision> revisions() throws IOException {
        List<Revision> revisions = new ArrayList<>();
        try (Git git = new Git(repository)) {
            if (repository.resolve("HEAD") == null) { //$NON-NLS-1$
                return revisions;
            }
            for (RevCommit commit : git.log().addPath(path).call()) {
                revisions.add(new Revision(commit.getId(), commit.getId().abbreviate(7).name() + "  " //$NON-NLS-1$
                        + DATE.format(Instant.ofEpochSecond(commit.getCommitTime())) + "  " //$NON-NLS-1$
                        + commit.getAuthorIdent().getName() + "  " + commit.getShortMessage())); //$NON-NLS-1$
            }
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        return revisions;
    }

    /**
     * @param revision a commit
     * @return the file's content at it
     * @throws IOException if the file is not in that commit
     */
    byte[] content(Revision revision) throws IOException {
        try (var walk = new org.eclipse.jgit.revwalk.RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(revision.id());
            try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (tree == null) {
                    throw new IOException(path);
                }
                return repository.open(tree.getObjectId(0)).getBytes();
            }
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
